package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A consent as the printable form of seed 003 LIITE 2, in Finnish or Swedish: the form's statements, the parties
 * between which data may be exchanged, the purpose and validity, the day and place, and the signature line.
 */
final class ConsentDocument {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    /** The form's texts in one language. */
    private record Texts(String lang, String title, String statement, String exchange, String purpose,
            String validity, String untilWithdrawn, String dayAndPlace, String signature, String recordedBy,
            String informed, String voluntary, String notRecorded, String withdrawn) {
    }

    private static final Texts FINNISH = new Texts("fi", "Suostumus",
            "Ymmärrän, että osallistuminen on minulle vapaaehtoista ja olen saanut riittävästi tietoa palvelun "
                    + "sisällöstä ja mahdollisuuksista.",
            "Suostun tarpeellisten tietojen vaihtamiseen seuraavien tahojen välillä:", "Käyttötarkoitus",
            "Voimassa", "toistaiseksi, kunnes peruutan suostumuksen", "Päivämäärä ja paikka",
            "Osallistujan allekirjoitus", "Kirjannut", "Asiakas on saanut riittävästi tietoa",
            "Osallistuminen on vapaaehtoista", "ei kirjattu", "Suostumus on peruttu");

    private static final Texts SWEDISH = new Texts("sv", "Samtycke",
            "Jag förstår att deltagandet är frivilligt för mig och jag har fått tillräckligt med information om "
                    + "tjänstens innehåll och möjligheter.",
            "Jag samtycker till utbyte av nödvändiga uppgifter mellan följande parter:", "Ändamål",
            "Giltigt", "tills vidare, tills jag återkallar samtycket", "Datum och plats",
            "Deltagarens underskrift", "Registrerat av", "Klienten har fått tillräckligt med information",
            "Deltagandet är frivilligt", "inte registrerat", "Samtycket har återkallats");

    private ConsentDocument() {
    }

    /** @param swedish the Swedish form; the Finnish one otherwise */
    static String render(ConsentView consent, boolean swedish) {
        Texts t = swedish ? SWEDISH : FINNISH;
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(t.lang())
                .append("\"><head><meta charset=\"utf-8\"><title>").append(t.title()).append("</title>\n")
                .append("<style>body { font-family: sans-serif; margin: 2em; max-width: 45em; }"
                        + " .line { border-bottom: 1px solid #000; height: 2.5em; margin-bottom: 0.3em; }"
                        + " @media print { body { margin: 0; } }</style></head><body>\n")
                .append("<h1>").append(t.title()).append("</h1>\n")
                .append("<p>").append(t.statement()).append("</p>\n")
                .append("<p>").append(t.exchange()).append("</p>\n<ul>\n");
        consent.parties().forEach(party -> html.append("<li>").append(Html.escape(party.name())).append(" (")
                .append(Html.escape(party.organisation())).append(")</li>\n"));
        html.append("</ul>\n<p>").append(t.purpose()).append(": ")
                .append(Html.escape(consent.purposeDescription() == null ? consent.purpose().name()
                        : consent.purposeDescription())).append("<br>")
                .append(t.validity()).append(": ").append(day(consent.validFrom())).append(" – ")
                .append(consent.validUntil() == null ? t.untilWithdrawn() : day(consent.validUntil()))
                .append("</p>\n<p>").append(t.informed()).append(": ").append(statement(consent.clientInformed(), t))
                .append("<br>").append(t.voluntary()).append(": ")
                .append(statement(consent.participationVoluntary(), t)).append("</p>\n");
        if (consent.withdrawal() != null) {
            html.append("<p><strong>").append(t.withdrawn()).append(": ")
                    .append(day(consent.withdrawal().withdrawnFrom())).append("</strong></p>\n");
        }
        html.append("<p>").append(t.dayAndPlace()).append(": ")
                .append(consent.givenOn() == null ? "" : day(consent.givenOn())).append(' ')
                .append(Html.escape(consent.givenAtPlace() == null ? "" : consent.givenAtPlace())).append("</p>\n")
                .append("<div class=\"line\"></div><p>").append(t.signature()).append("</p>\n")
                .append("<p><small>").append(t.recordedBy()).append(": ").append(Html.escape(consent.recordedBy()))
                .append(" (").append(Html.escape(consent.recordedByOrganisation())).append("), ")
                .append(day(consent.grantedAt())).append("</small></p>\n</body></html>\n");
        return html.toString();
    }

    private static String statement(Boolean value, Texts t) {
        return value == null ? t.notRecorded() : value ? "✓" : "–";
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static String day(OffsetDateTime moment) {
        return day(moment.atZoneSameInstant(FINLAND).toLocalDate());
    }
}
