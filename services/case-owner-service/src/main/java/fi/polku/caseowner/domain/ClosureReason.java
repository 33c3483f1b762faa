package fi.polku.caseowner.domain;

import fi.polku.platform.servicemap.ServicePlace;

/** Why a clientship ended, and where on the service map the client went. */
public enum ClosureReason {
    EMPLOYED_OPEN_LABOUR_MARKET(ServicePlace.OPEN_LABOUR_MARKET),
    PAY_SUBSIDISED_WORK(ServicePlace.PAY_SUBSIDISED_WORK),
    STUDIES(ServicePlace.TRAINING),
    REHABILITATION(ServicePlace.REHABILITATION),
    PENSION(ServicePlace.PENSION),
    SICK_LEAVE(ServicePlace.SICK_LEAVE),
    MOVED_AWAY(ServicePlace.LEFT_SERVICES),
    NO_LONGER_NEEDS_SERVICE(ServicePlace.LEFT_SERVICES),
    CLIENT_DECLINED(ServicePlace.LEFT_SERVICES),
    DECEASED(ServicePlace.LEFT_SERVICES),
    OTHER(ServicePlace.LEFT_SERVICES);

    private final ServicePlace destination;

    ClosureReason(ServicePlace destination) {
        this.destination = destination;
    }

    public ServicePlace destination() {
        return destination;
    }
}
