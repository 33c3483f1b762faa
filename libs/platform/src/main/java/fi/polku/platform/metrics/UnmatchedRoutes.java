package fi.polku.platform.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * A request that matched no route (404, 405) is counted under one {@code uri} value: the raw path it asked for may
 * hold anything, an identity code among them, and every distinct path would add a series without bound. Matched
 * routes keep their template ({@code /api/v1/clients/{id}}).
 */
@Singleton
public class UnmatchedRoutes {

    static final String UNMATCHED = "UNMATCHED";

    @Produces
    @Singleton
    public MeterFilter unmatchedRoutesShareOneUri() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                String status = id.getTag("status");
                if (uri == null || uri.contains("{") || !("404".equals(status) || "405".equals(status))) {
                    return id;
                }
                return id.replaceTags(id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", UNMATCHED) : tag).toList());
            }
        };
    }
}
