package fi.polku.coaching.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import fi.polku.coaching.domain.VocationalProfile;

public record VocationalProfileView(UUID episodeId, String careerGoals, String interests, String strengths,
        String education, String workHistory, String benefitsSituation, String disclosure, String lessonsFromJobs,
        String updatedBy, OffsetDateTime updatedAt, long version) {

    public static VocationalProfileView of(VocationalProfile p) {
        return new VocationalProfileView(p.episodeId, p.careerGoals, p.interests, p.strengths, p.education,
                p.workHistory, p.benefitsSituation, p.disclosure, p.lessonsFromJobs, p.updatedBy, p.updatedAt,
                p.version);
    }
}
