-- How far the Kafka publisher has come: per topic (emne), the last position of the feed that the broker has
-- acknowledged, it and every position before it. The publisher stores it only after the broker has acknowledged every
-- event up to it, so that an event not acknowledged is sent again, by whichever instance publishes next, and none is
-- lost; it can be sent twice, which the event's id lets a consumer see. One row per topic, so that a new topic is
-- published from the first position. Only the session that holds the publisher's advisory lock moves it, and only
-- forwards (haendelse/persistence/HaendelsesudgivelseRepository.java).

create table haendelsesudgivelse (
    emne     text   primary key check (emne ~ '^[a-zA-Z0-9._-]{1,249}$'),
    position bigint not null check (position >= 0)
);
