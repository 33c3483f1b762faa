package fi.polku.intake.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** The county's own organisations in the organisation register, by code; each deployment names its own. */
@ConfigMapping(prefix = "polku.intake.organisations")
public interface OrganisationsConfig {

    Map<String, Names> county();

    interface Names {

        String nameFi();

        String nameSv();
    }
}
