package fi.polku.intake.domain;

/** The six target-group signals of the work-ability support model (seed 004, "Työkykytiimin asiakkaat"). */
public enum Signal {
    /** Osatyökykyinen tai itsensä sellaiseksi tunteva työikäinen työtön. */
    PARTIAL_WORK_ABILITY,
    /** Useita työttömyysjaksoja tai pitkäaikaistyöttömyyttä. */
    REPEATED_OR_LONG_TERM_UNEMPLOYMENT,
    /** Työllistymiseen vaikuttavia, kartoittamattomia terveydellisiä ongelmia. */
    UNASSESSED_HEALTH_PROBLEMS,
    /** Epäselvä kokonaistilanne, ei selkeää ratkaisua työllistymisen edistämiseksi. */
    UNCLEAR_OVERALL_SITUATION,
    /** Puuttuva toisen asteen koulutus tai useasti keskeytyneet opinnot. */
    MISSING_UPPER_SECONDARY_EDUCATION,
    /** Monialaisen tuen ja useiden palveluiden yhtäaikainen tarve. */
    NEEDS_SEVERAL_SERVICES
}
