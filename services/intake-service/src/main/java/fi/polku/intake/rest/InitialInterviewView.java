package fi.polku.intake.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fi.polku.intake.domain.InitialInterview;
import fi.polku.intake.domain.InterviewTopic;

public record InitialInterviewView(UUID id, UUID clientId, LocalDate interviewDate, String professionalName,
        String professionalOrganisation, List<InterviewTopic> topics, String summary, String clientGoal,
        String recordedBy, OffsetDateTime recordedAt) {

    public static InitialInterviewView of(InitialInterview interview) {
        return new InitialInterviewView(interview.id, interview.clientId, interview.interviewDate,
                interview.professionalName, interview.professionalOrganisation,
                interview.topics.stream().sorted().toList(), interview.summary, interview.clientGoal,
                interview.recordedBy, interview.recordedAt);
    }
}
