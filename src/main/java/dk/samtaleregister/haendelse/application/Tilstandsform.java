package dk.samtaleregister.haendelse.application;

/**
 * How the state of one kind of entity goes into its events: as the API answers it. The capability whose web adapter
 * owns that answer implements it, so that an event and an answer can never differ in shape.
 */
public interface Tilstandsform<T> {

    /** The class of the state the use cases hand over, e.g. {@code Samtale}. */
    Class<T> tilstandstype();

    /** The answer the API gives for this state; written into the event as JSON. */
    Object svar(T tilstand);
}
