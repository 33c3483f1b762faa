package fi.polku.platform;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which service this is: its short name appears in event types, the event source and the access log. */
@ApplicationScoped
public class ServiceIdentity {

    private final String name;

    public ServiceIdentity(@ConfigProperty(name = "polku.service") String name) {
        this.name = name;
    }

    /** Short service name, e.g. {@code intake} or {@code case-owner}. */
    public String name() {
        return name;
    }

    public String eventSource() {
        return "/polku/" + name;
    }
}
