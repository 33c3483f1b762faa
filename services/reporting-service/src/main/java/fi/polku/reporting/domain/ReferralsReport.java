package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Referrals received, per referring party and channel, and per month. */
@Schema(description = "Referrals per referring party and channel, and per month")
public record ReferralsReport(CrossTable byPartyAndChannel, CountList byMonth, OffsetDateTime asOf)
        implements CsvReport {

    public record Referral(String referringParty, String channel, OffsetDateTime receivedAt) {
    }

    public static ReferralsReport of(List<Referral> referrals, OffsetDateTime asOf) {
        Map<String, Map<String, Long>> byParty = new TreeMap<>();
        Map<String, Long> byMonth = new TreeMap<>();
        TreeSet<String> channels = new TreeSet<>();
        for (Referral referral : referrals) {
            ClientsReport.increment(byParty, referral.referringParty(), referral.channel());
            channels.add(referral.channel());
            byMonth.merge(Periods.month(referral.receivedAt()), 1L, Long::sum);
        }
        return new ReferralsReport(CrossTable.of("referringParty", "channel", new ArrayList<>(byParty.keySet()),
                new ArrayList<>(channels), byParty), CountList.of("month", byMonth), asOf);
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>(byPartyAndChannel.csvRows("byPartyAndChannel"));
        lines.addAll(byMonth.csvRows("byMonth"));
        return lines;
    }
}
