package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.intake.domain.InitialInterview;
import fi.polku.intake.domain.InterviewTopic;

public record InitialInterviewView(UUID id, UUID clientId, LocalDate interviewDate, String professionalName,
        String professionalOrganisation, List<InterviewTopic> topics, String summary, String clientGoal,
        @Schema(description = "The interview was held as pair work (vastinparityöskentely)") boolean pairWork,
        @Schema(nullable = true, description = "The pair-work partner's login subject; null when held alone")
        String pairWorkPartnerUserId,
        @Schema(nullable = true, description = "The pair-work partner's organisation; null when held alone")
        String pairWorkPartnerOrganisation,
        String recordedBy, OffsetDateTime recordedAt) {

    public static InitialInterviewView of(InitialInterview interview) {
        return new InitialInterviewView(interview.id, interview.clientId, interview.interviewDate,
                interview.professionalName, interview.professionalOrganisation,
                interview.topics.stream().sorted().toList(), interview.summary, interview.clientGoal,
                interview.pairWorkPartnerUserId != null, interview.pairWorkPartnerUserId,
                interview.pairWorkPartnerOrganisation, interview.recordedBy, interview.recordedAt);
    }
}
