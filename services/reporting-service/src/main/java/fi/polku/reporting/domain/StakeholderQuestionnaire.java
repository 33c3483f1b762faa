package fi.polku.reporting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fi.polku.platform.problem.Violation;

/**
 * A questionnaire for the service package's stakeholders as versioned data: its stakeholder groups, yes/no and open
 * questions, and the questions asked only after a given answer to another (LIITE 3: "Jos lisätyötä aiheutuu, onko
 * lisätyön määrä kohtuuton verraten hyötyyn?" follows a yes to extra work).
 */
@Schema(description = "A stakeholder questionnaire: its groups and questions, in Finnish and English")
public record StakeholderQuestionnaire(
        @Schema(required = true, description = "The questionnaire's id") String id,
        @Schema(required = true, description = "Its version; answers are kept with the version they answered") int version,
        @Schema(required = true, description = "Where the questions come from") String source,
        @Schema(required = true) Texts title,
        @Schema(required = true, description = "The stakeholder groups that answer") List<Group> groups,
        @Schema(required = true, description = "The questions, in the form's order") List<Question> questions) {

    public record Texts(@Schema(required = true) String fi, @Schema(required = true) String en) {
    }

    public record Group(@Schema(required = true) String code, @Schema(required = true) String fi,
            @Schema(required = true) String en) {
    }

    public enum Kind {
        YES_NO, OPEN
    }

    public record Question(
            @Schema(required = true) String id,
            @Schema(required = true, description = "YES_NO: answered yes or no; OPEN: free text") Kind kind,
            @Schema(nullable = true, description = "Asked only after this answer to another question") Condition askedWhen,
            @Schema(required = true) String fi,
            @Schema(required = true) String en) {
    }

    public record Condition(@Schema(required = true) String question, @Schema(required = true) boolean answer) {
    }

    public List<Question> questions(Kind kind) {
        return questions.stream().filter(question -> question.kind() == kind).toList();
    }

    /** What in an answer does not fit the questionnaire, each with the field that holds it. */
    public List<Violation> violations(String group, Map<String, Boolean> answers, Map<String, String> openFeedback) {
        List<Violation> violations = new ArrayList<>();
        if (groups.stream().noneMatch(known -> known.code().equals(group))) {
            violations.add(new Violation("stakeholderGroup", "must be one of the questionnaire's groups: "
                    + groups.stream().map(Group::code).toList()));
        }
        answers.forEach((id, answer) -> check("answers." + id, id, Kind.YES_NO, answers, violations));
        openFeedback.forEach((id, text) -> check("openFeedback." + id, id, Kind.OPEN, answers, violations));
        return violations;
    }

    private void check(String field, String id, Kind kind, Map<String, Boolean> answers, List<Violation> violations) {
        Optional<Question> question = questions.stream().filter(q -> q.id().equals(id)).findFirst();
        if (question.isEmpty() || question.get().kind() != kind) {
            violations.add(new Violation(field, "is not a " + (kind == Kind.YES_NO ? "yes/no" : "open")
                    + " question of " + this.id + " version " + version));
            return;
        }
        Condition condition = question.get().askedWhen();
        if (condition != null && !Boolean.valueOf(condition.answer()).equals(answers.get(condition.question()))) {
            violations.add(new Violation(field, "is asked only when " + condition.question() + " is answered "
                    + (condition.answer() ? "yes" : "no")));
        }
    }
}
