package dev.earshot.spatial.room;

import dev.earshot.audio.AudioBuffer;
import java.util.List;

/**
 * A simulated room impulse response and how it was made.
 *
 * @param audio            the response, one channel per receiver channel, pressure re a unit point
 *                         source ({@code 1/(4 pi r)} free field)
 * @param imageSources     the image sources that were rendered (sorted by arrival time)
 * @param transitionS      where the diffuse tail starts in seconds, or NaN without a tail
 * @param tailRt60SByBand  the RT60 the tail decays with per octave band (7 values), empty without a tail
 * @param seed             the noise seed of the tail
 * @param options          the simulation options
 */
public record RoomImpulseResponse(AudioBuffer audio, List<ImageSource> imageSources, double transitionS,
                                  List<Double> tailRt60SByBand, long seed, SimulationOptions options) {
    /** Copies the lists. */
    public RoomImpulseResponse {
        imageSources = List.copyOf(imageSources);
        tailRt60SByBand = List.copyOf(tailRt60SByBand);
    }
}
