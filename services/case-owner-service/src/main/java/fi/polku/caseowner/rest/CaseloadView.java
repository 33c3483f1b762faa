package fi.polku.caseowner.rest;

import java.util.List;
import java.util.UUID;

/** A professional's "assigned to me" work list: their open clientships. */
public record CaseloadView(UUID professionalId, int maxCaseload, int caseload, List<ClientProgressView> clients) {
}
