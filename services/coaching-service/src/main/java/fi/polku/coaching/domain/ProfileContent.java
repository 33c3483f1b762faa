package fi.polku.coaching.domain;

/** What a vocational profile says (item 14). */
public record ProfileContent(String careerGoals, String interests, String strengths, String education,
        String workHistory, String benefitsSituation, String disclosure, String lessonsFromJobs) {
}
