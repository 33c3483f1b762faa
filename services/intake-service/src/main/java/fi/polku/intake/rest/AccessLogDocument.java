package fi.polku.intake.rest;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import fi.polku.intake.domain.AccessLogEntry;
import fi.polku.intake.service.ClientAccessLog;

/** The access log as a printable HTML document, in Finnish and English, for handing to the client. */
final class AccessLogDocument {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm:ss");

    private AccessLogDocument() {
    }

    static String render(ClientAccessLog.Extract log) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="fi"><head><meta charset="utf-8">
                <title>Asiakastietojen käsittelyloki / Access log</title>
                <style>
                  body { font-family: sans-serif; margin: 2em; }
                  table { border-collapse: collapse; width: 100%; font-size: 10pt; }
                  th, td { border: 1px solid #999; padding: 4px; text-align: left; vertical-align: top; }
                  tr.old td { color: #555; font-style: italic; }
                  @media print { body { margin: 0; } }
                </style></head><body>
                <h1>Asiakastietojen käsittelyloki / Access log of client data</h1>
                """);
        html.append("<p>Asiakas / Client: ").append(log.clientId()).append("<br>Laadittu / Generated: ")
                .append(TIME.format(log.generatedAt().atZoneSameInstant(FINLAND)))
                .append("<br>Tiedot kerätty kaikista palveluista (asiakastietolaki 703/2023, 11 §) /"
                        + " Entries of every service (Client Data Act 703/2023, section 11).</p>\n")
                .append("<p>Kursiivilla yli kaksi vuotta vanhat merkinnät / In italics: entries older than two years."
                        + "</p>\n<table><thead><tr><th>Aika / Time</th><th>Palvelu / Service</th>"
                        + "<th>Käsittelijä / Person</th><th>Organisaatio / Organisation</th><th>Toimenpide / Action</th>"
                        + "<th>Käyttötarkoitus / Purpose</th><th>Peruste / Basis</th><th>Tulos / Outcome</th>"
                        + "<th>Luovutettu / Disclosed to</th></tr></thead><tbody>\n");
        for (AccessLogEntry entry : log.entries()) {
            html.append(entry.olderThanTwoYears() ? "<tr class=\"old\">" : "<tr>")
                    .append(cell(TIME.format(entry.occurredAt().atZoneSameInstant(FINLAND))))
                    .append(cell(entry.service()))
                    .append(cell(entry.actorName() + " (" + entry.actorRoles() + ")"))
                    .append(cell(entry.actorOrganisation()))
                    .append(cell(entry.action()))
                    .append(cell(entry.purpose()))
                    .append(cell(entry.basis()))
                    .append(cell(entry.outcome()))
                    .append(cell(entry.disclosedTo()))
                    .append("</tr>\n");
        }
        return html.append("</tbody></table></body></html>\n").toString();
    }

    private static String cell(String value) {
        return "<td>" + Html.escape(value == null ? "" : value) + "</td>";
    }
}
