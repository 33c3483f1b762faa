package fi.polku.intake.rest;

/** Escaping for the printable HTML documents. */
final class Html {

    private Html() {
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
