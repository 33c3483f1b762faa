package fi.polku.access;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The county's professionals as the registers name them: a {@code userId} there (a case owner, a care network
 * member, an assessing team member) is a subject of the trusted issuer's tokens in the county's staff organisation
 * ({@code polku.access.staff-organisation}), and only such a token inherits what the register gives that user.
 */
@ApplicationScoped
public class StaffGrantees {

    private final String trustedIssuer;
    private final String staffOrganisation;

    public StaffGrantees(@ConfigProperty(name = "mp.jwt.verify.issuer") String trustedIssuer,
            ClientAccessConfig config) {
        this.trustedIssuer = trustedIssuer;
        this.staffOrganisation = config.staffOrganisation();
    }

    public Grantee user(String userId) {
        return new Grantee(trustedIssuer, staffOrganisation, userId);
    }

    /** The issuer whose tokens' {@code org} claims the consents and emergency-access events name. */
    public String trustedIssuer() {
        return trustedIssuer;
    }
}
