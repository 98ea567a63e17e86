/** Kafka adapter: publishes every event to a topic, one service instance at a time, when Kafka is configured. */
package dk.samtaleregister.haendelse.kafka;
