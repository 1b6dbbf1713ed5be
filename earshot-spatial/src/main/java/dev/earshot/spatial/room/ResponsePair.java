package dev.earshot.spatial.room;

/**
 * A receiver's room impulse response and the omnidirectional response at the same place, rendered in one
 * pass by {@link RoomSimulator#simulateWithOmni}.
 *
 * @param receiver the receiver's response
 * @param omni     the omni response (one channel), or null when it was not asked for
 */
public record ResponsePair(RoomImpulseResponse receiver, RoomImpulseResponse omni) {
    /** @throws IllegalArgumentException if the receiver's response is null */
    public ResponsePair {
        if (receiver == null) {
            throw new IllegalArgumentException("ResponsePair: the receiver's response is required");
        }
    }
}
