package fi.polku.coaching.rest;

import java.util.UUID;

import fi.polku.coaching.service.CoachWorkListService;

public record DueContactView(UUID clientId, FollowAlongView.ContactView contact) {

    public static DueContactView of(CoachWorkListService.DueContact due) {
        return new DueContactView(due.clientId(), FollowAlongView.ContactView.of(due.episodeId(), due.contact()));
    }
}
