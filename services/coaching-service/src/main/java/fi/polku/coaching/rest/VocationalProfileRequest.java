package fi.polku.coaching.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.coaching.domain.ProfileContent;

public record VocationalProfileRequest(
        @Size(max = 4000) String careerGoals,
        @Size(max = 4000) String interests,
        @Size(max = 4000) String strengths,
        @Size(max = 4000) String education,
        @Size(max = 4000) String workHistory,
        @Schema(description = "The client's benefits and how work would affect them")
        @Size(max = 4000) String benefitsSituation,
        @Schema(description = "What the client wants to disclose about their work ability at a workplace, and how")
        @Size(max = 4000) String disclosure,
        @Schema(description = "What each job taught: updated after every job")
        @Size(max = 4000) String lessonsFromJobs) {

    public ProfileContent content() {
        return new ProfileContent(careerGoals, interests, strengths, education, workHistory, benefitsSituation,
                disclosure, lessonsFromJobs);
    }
}
