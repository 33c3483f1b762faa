package fi.polku.intake.domain;

import static fi.polku.intake.domain.ReadinessGroup.LIFE_SITUATION;
import static fi.polku.intake.domain.ReadinessGroup.MOTIVATION;
import static fi.polku.intake.domain.ReadinessGroup.TIMELINESS;

/**
 * The 15 signs of readiness for supported-employment coaching, with their exact wording in the checklist
 * "Tuettu työhönvalmennus – asiakkaan valmiuksien ja edellytysten arviointi" (seed 003 §7.3, KUVIO 8 and LIITE 7).
 * "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi kuntouttavassa työtoiminnassa" is one sign with
 * two alternatives (the "tai" joins them); which one holds is recorded as its {@link RehabilitativeWorkActivityPhase}.
 */
public enum ReadinessSign {
    WANTS_AND_IS_READY_TO_MOVE_ON(MOTIVATION, "halu ja valmiudet edetä tilanteessaan"),
    READY_FOR_LONG_TERM_WORK(MOTIVATION, "valmius pitkäjännitteeseen työskentelyyn"),
    POSITIVE_ATTITUDE_TO_EMPLOYMENT(MOTIVATION, "positiivinen asenne työllistymistä kohtaan"),
    EMPLOYMENT_PERSPECTIVE_FIRST(MOTIVATION, "työllistymisen näkökulma edellä"),
    REHABILITATION_AT_A_GOOD_STAGE(TIMELINESS, "kuntoutuminen hyvässä vaiheessa"),
    READY_TO_ACCEPT_HELP(TIMELINESS, "valmius ottaa apua vastaan"),
    RIGHT_FORM_OF_SERVICE_NOW(TIMELINESS, "oikea-aikainen palvelumuoto"),
    REHABILITATIVE_WORK_ACTIVITY_TRANSITION_NEAR_OR_LONG_PERIOD(TIMELINESS,
            "kuntouttavan työtoiminnan nivelvaihe lähellä tai / pitkä periodi kuntouttavassa työtoiminnassa"),
    THREE_TO_FOUR_ACTIVITY_DAYS_A_WEEK(TIMELINESS, "kuntouttavan työtoiminnan toimintapäiviä 3-4 /vko"),
    IN_WORKSHOPS_WITHOUT_WALLS(TIMELINESS, "mukana seinättömien pajojen työtoiminnassa"),
    NEEDS_SUPPORT_FINDING_DIRECTION(TIMELINESS, "tuen tarve jatkosuunnitelmien ja suunnan löytymisessä"),
    DAILY_RHYTHM(LIFE_SITUATION, "vuorokausirytmä"),
    MENTAL_AND_PHYSICAL_WELLBEING(LIFE_SITUATION, "psyykkinen ja fyysinen hyvinvointi"),
    NO_OR_CONTROLLED_SUBSTANCE_USE(LIFE_SITUATION, "päihteettömyys / päihteiden käyttö hallinnassa"),
    STABLE_LIFE_SITUATION(LIFE_SITUATION, "vakaa elämäntilanne");

    private final ReadinessGroup group;
    private final String description;

    ReadinessSign(ReadinessGroup group, String description) {
        this.group = group;
        this.description = description;
    }

    public ReadinessGroup group() {
        return group;
    }

    /** The sign's wording in the seed checklist (Finnish). */
    public String description() {
        return description;
    }
}
