package fi.polku.reporting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.reporting.domain.StakeholderQuestionnaire.Kind;

/**
 * The yes/no answers of a stakeholder questionnaire, counted per question as LIITE 4 summarises them ("Onko
 * tämän tyyppisestä palvelukokonaisuudesta hyötyä asiakkaalle? Kyllä 100 % Ei 0 %"): yes and no answers, the share
 * of yes among those who answered, and the same per stakeholder group. The answers are anonymous, so a figure
 * resting on fewer than five participants is withheld (null): the whole report below five in all, a group's row
 * below five in that group. Open answers stay in the database; they are not reported.
 */
@Schema(description = "Stakeholder feedback: yes/no answers per question and per stakeholder group")
public record StakeholderFeedbackReport(
        @Schema(required = true) String questionnaireId,
        @Schema(required = true) int version,
        @Schema(required = true, description = "Responses (a group interview or one form each)") long responses,
        @Schema(required = true, description = "People who took part, over all responses") long participants,
        @Schema(required = true, description = "True when fewer than five took part: every count is then null")
        boolean withheld,
        @Schema(required = true, description = "The yes/no questions, in the form's order") List<QuestionFigures> questions,
        @Schema(required = true) OffsetDateTime asOf) implements CsvReport {

    public record QuestionFigures(
            @Schema(required = true) String questionId,
            @Schema(nullable = true, description = "Yes answers; null when withheld") Long yes,
            @Schema(nullable = true, description = "No answers; null when withheld") Long no,
            @Schema(nullable = true, description = "Yes among those who answered, in percent; null when withheld or "
                    + "nobody answered") Double yesPercent,
            @Schema(required = true, description = "Per stakeholder group that responded") List<GroupFigures> byGroup) {
    }

    public record GroupFigures(
            @Schema(required = true) String group,
            @Schema(required = true, description = "People of this group who took part") long participants,
            @Schema(nullable = true, description = "Yes answers; null below five participants") Long yes,
            @Schema(nullable = true, description = "No answers; null below five participants") Long no) {
    }

    public static StakeholderFeedbackReport of(StakeholderQuestionnaire questionnaire,
            List<StakeholderResponse> responses, OffsetDateTime asOf) {
        long participants = participants(responses);
        boolean withheld = participants < SuppressedCount.THRESHOLD;
        List<String> groups = questionnaire.groups().stream().map(StakeholderQuestionnaire.Group::code)
                .filter(group -> responses.stream().anyMatch(r -> r.group().equals(group))).toList();
        List<QuestionFigures> questions = questionnaire.questions(Kind.YES_NO).stream().map(question -> {
            List<GroupFigures> byGroup = groups.stream().map(group -> {
                List<StakeholderResponse> ofGroup = responses.stream().filter(r -> r.group().equals(group)).toList();
                long groupParticipants = participants(ofGroup);
                boolean shown = groupParticipants >= SuppressedCount.THRESHOLD;
                return new GroupFigures(group, groupParticipants, shown ? count(ofGroup, question.id(), true) : null,
                        shown ? count(ofGroup, question.id(), false) : null);
            }).toList();
            if (withheld) {
                return new QuestionFigures(question.id(), null, null, null, byGroup);
            }
            long yes = count(responses, question.id(), true);
            long no = count(responses, question.id(), false);
            Double percent = yes + no == 0 ? null : Math.round(1000.0 * yes / (yes + no)) / 10.0;
            return new QuestionFigures(question.id(), yes, no, percent, byGroup);
        }).toList();
        return new StakeholderFeedbackReport(questionnaire.id(), questionnaire.version(), responses.size(),
                participants, withheld, questions, asOf);
    }

    private static long participants(List<StakeholderResponse> responses) {
        return responses.stream().mapToLong(StakeholderResponse::participants).sum();
    }

    private static long count(List<StakeholderResponse> responses, String questionId, boolean answer) {
        return responses.stream().filter(r -> Objects.equals(r.answers().get(questionId), answer)).count();
    }

    @Override
    public List<List<String>> csvRows() {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("responses", "", "", Long.toString(responses)));
        lines.add(List.of("participants", "", "", Long.toString(participants)));
        for (QuestionFigures question : questions) {
            lines.add(List.of("answers", question.questionId(), "yes", FlowReport.text(question.yes())));
            lines.add(List.of("answers", question.questionId(), "no", FlowReport.text(question.no())));
            boolean unanswered = question.yes() != null && question.yesPercent() == null;
            lines.add(List.of("answers", question.questionId(), "yesPercent",
                    unanswered ? "" : FlowReport.text(question.yesPercent())));
            for (GroupFigures group : question.byGroup()) {
                lines.add(List.of("answersByGroup", question.questionId(), group.group() + ":yes",
                        FlowReport.text(group.yes())));
                lines.add(List.of("answersByGroup", question.questionId(), group.group() + ":no",
                        FlowReport.text(group.no())));
            }
        }
        return lines;
    }
}
