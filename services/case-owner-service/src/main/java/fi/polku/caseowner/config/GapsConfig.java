package fi.polku.caseowner.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gap watch's settings ({@code polku.gaps.*}); each default is here and only here. */
@ConfigMapping(prefix = "polku.gaps")
public interface GapsConfig {

    /** Days without a next step or contact after which an open client shows in the gap watch. */
    @WithDefault("30")
    int quietDays();
}
