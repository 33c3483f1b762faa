package fi.polku.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Why the service processes client data, as its access log records it. */
@ConfigMapping(prefix = "polku.access-log")
public interface AccessLogConfig {

    /** Why the service processes client data when the calling system does not state it. */
    @WithDefault("client service")
    String defaultPurpose();

    /**
     * The code of the service's purpose, which its access log events carry unless the calling system states a
     * purpose that is a code itself.
     */
    @WithDefault("SERVICE_COORDINATION")
    ProcessingPurpose purposeCode();
}
