package fi.polku.intake.rest;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.ReadinessChecklist;
import fi.polku.intake.domain.ReadinessGroup;
import fi.polku.intake.domain.ReadinessSign;
import fi.polku.intake.domain.ReadinessStatus;
import fi.polku.intake.domain.ReadinessSummary;
import fi.polku.intake.domain.RehabilitativeWorkActivityPhase;

public record ReadinessChecklistView(
        UUID id,
        UUID clientId,
        List<Item> items,
        @Schema(description = "Counts per group: motivation and attitude, timeliness and need, life situation")
        List<GroupSummary> groups,
        int metTotal,
        int notMetTotal,
        int unknownTotal,
        @Schema(description = "The result is guidance for the professional: not every sign needs to hold")
        String guidance,
        @Schema(nullable = true) String note,
        String assessedBy,
        OffsetDateTime assessedAt) {

    @Schema(name = "ReadinessChecklistItem")
    public record Item(ReadinessSign sign, ReadinessGroup group,
            @Schema(description = "The sign's wording in the checklist (Finnish)") String description,
            ReadinessStatus status, @Schema(nullable = true) String note,
            @Schema(nullable = true, description = "For the sign with two alternatives, which one holds")
            RehabilitativeWorkActivityPhase alternative) {
    }

    @Schema(name = "ReadinessGroupSummary")
    public record GroupSummary(ReadinessGroup group, String title, int signs, int met, int notMet, int unknown) {
    }

    public static ReadinessChecklistView of(ReadinessChecklist checklist) {
        ReadinessSummary summary = checklist.summary();
        List<Item> items = checklist.items.stream().sorted(Comparator.comparing(item -> item.sign))
                .map(item -> new Item(item.sign, item.sign.group(), item.sign.description(), item.status, item.note,
                        item.alternative))
                .toList();
        List<GroupSummary> groups = java.util.Arrays.stream(ReadinessGroup.values()).map(group -> {
            ReadinessSummary.Counts counts = summary.groups().get(group);
            return new GroupSummary(group, group.title(), counts.met() + counts.notMet() + counts.unknown(),
                    counts.met(), counts.notMet(), counts.unknown());
        }).toList();
        return new ReadinessChecklistView(checklist.id, checklist.clientId, items, groups, summary.total().met(),
                summary.total().notMet(), summary.total().unknown(), ReadinessSummary.GUIDANCE, checklist.note,
                checklist.assessedBy, checklist.assessedAt);
    }
}
