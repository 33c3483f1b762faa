package fi.polku.caseowner.domain;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

/**
 * The closed-loop rules of a job coach's referral of a client back to the case owner (issue 17 §1). A coach of the
 * episode's provider sends it, with the episode as basis: the episode must be the caller's provider's, and open or
 * ended at most {@link #EPISODE_BASIS_DAYS} days ago (a coach often ends the coaching as they hand the client back).
 * The receiver is the client's case owner, or, while the client has none, the active work-ability coordinators
 * serving the client's municipality; it accepts a REQUESTED referral or declines it with a reason code, takes an
 * ACCEPTED one IN_PROGRESS and then COMPLETED. The sender cancels it while it is REQUESTED or ACCEPTED. DECLINED,
 * COMPLETED and CANCELLED are final: the history is never rewritten. The receiver answers within the configured
 * Finnish working days ({@code polku.referrals.answer-working-days}, default 5, as for the other referrals), after
 * which a referral still REQUESTED is a gap in the gap watch.
 *
 * <p>Seed 003 on why the case owner receives it: "Omatyöntekijä seuraa asiakkaan etenemistä, koordinoi
 * palvelukokonaisuutta, ohjaa asiakasta tarvittaessa muiden palvelujen pariin" (§2.6), and on why an unanswered one is
 * a gap: "Asiakkaalle sujuva kokonaisuus tarkoittaa myös sitä, että esimerkiksi työkokeilun epäonnistuessa asiakkaan
 * saama tuki säilyy eikä hän jää tyhjään päälle" (§3.2).
 */
public final class CaseOwnerReferralRules {

    /** How long after its end an episode is still a coach's basis for referring its client back. */
    public static final int EPISODE_BASIS_DAYS = 30;

    private static final Map<CaseOwnerReferralStatus, Set<CaseOwnerReferralStatus>> NEXT = Map.of(
            CaseOwnerReferralStatus.REQUESTED, Set.of(CaseOwnerReferralStatus.ACCEPTED,
                    CaseOwnerReferralStatus.DECLINED, CaseOwnerReferralStatus.CANCELLED),
            CaseOwnerReferralStatus.ACCEPTED, Set.of(CaseOwnerReferralStatus.IN_PROGRESS,
                    CaseOwnerReferralStatus.CANCELLED),
            CaseOwnerReferralStatus.IN_PROGRESS, Set.of(CaseOwnerReferralStatus.COMPLETED));

    private CaseOwnerReferralRules() {
    }

    public static boolean allowed(CaseOwnerReferralStatus from, CaseOwnerReferralStatus to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The sender may cancel only before the receiver has started on it. */
    public static boolean senderMayCancel(CaseOwnerReferralStatus status) {
        return status == CaseOwnerReferralStatus.REQUESTED || status == CaseOwnerReferralStatus.ACCEPTED;
    }

    /** Whether the episode is still a basis for referring its client back at {@code now}. */
    public static boolean episodeIsBasis(OffsetDateTime endedAt, OffsetDateTime now) {
        return endedAt == null || !endedAt.plusDays(EPISODE_BASIS_DAYS).isBefore(now);
    }
}
