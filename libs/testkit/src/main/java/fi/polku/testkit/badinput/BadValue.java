package fi.polku.testkit.badinput;

import com.fasterxml.jackson.databind.JsonNode;

/** A value a field or parameter must refuse, with what is wrong with it. */
record BadValue(String label, JsonNode value) {
}
