package dev.earshot.data.scene;

/** Where {@link SceneSampler} puts the receiver in a sampled room. */
public enum ReceiverPlacement {
    /** Uniform in the room at least 0.5 m (or a quarter of the dimension) from the walls, 1.0-2.0 m high. */
    RANDOM,
    /** At the room centre, as the DISSE generator does (its catalog stores no receiver position). */
    ROOM_CENTRE
}
