package fi.polku.intake.domain;

/** How a client came to the service (seed 003: itse, yhteistyöverkoston kautta, kolmannen sektorin kannustamana). */
public enum ReferralChannel {
    SELF_CONTACT,
    COOPERATION_NETWORK,
    THIRD_SECTOR_ENCOURAGEMENT
}
