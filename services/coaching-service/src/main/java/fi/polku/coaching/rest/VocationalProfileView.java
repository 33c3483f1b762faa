package fi.polku.coaching.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.VocationalProfile;

public record VocationalProfileView(UUID episodeId, @Schema(nullable = true) String careerGoals,
        @Schema(nullable = true) String interests, @Schema(nullable = true) String strengths,
        @Schema(nullable = true) String education, @Schema(nullable = true) String workHistory,
        @Schema(nullable = true) String benefitsSituation, @Schema(nullable = true) String disclosure,
        @Schema(nullable = true) String lessonsFromJobs,
        @Schema(description = "Who wrote it last: the episode's coach or a provider lead on the coach's behalf")
        String updatedBy, OffsetDateTime updatedAt,
        @Schema(description = "When it was first written (item 14: within the first 2-3 meetings)")
        OffsetDateTime writtenFirstAt, long version) {

    public static VocationalProfileView of(VocationalProfile p) {
        return new VocationalProfileView(p.episodeId, p.careerGoals, p.interests, p.strengths, p.education,
                p.workHistory, p.benefitsSituation, p.disclosure, p.lessonsFromJobs, p.updatedBy, p.updatedAt,
                p.writtenFirstAt, p.version);
    }
}
