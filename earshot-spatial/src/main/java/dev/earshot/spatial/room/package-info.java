/**
 * Room acoustics for shoebox rooms: the room description ({@link dev.earshot.spatial.room.RoomSpec}),
 * the image-source method ({@link dev.earshot.spatial.room.ImageSourceModel}), a hybrid simulator with a
 * seeded diffuse late tail ({@link dev.earshot.spatial.room.RoomSimulator}; a receiver's and the omni
 * response in one pass with {@code simulateWithOmni}; per-phase CPU time with
 * {@link dev.earshot.spatial.room.SynthesisProfile}), receivers (omni, ambisonic,
 * the DISSE tetrahedral A-format array, binaural through HRTFs:
 * {@link dev.earshot.spatial.room.BinauralReceiver}), room-acoustic analysis (Schroeder decay,
 * T20/T30/EDT, DRR, C50; {@link dev.earshot.spatial.room.RoomAnalysis}), and the entry point of
 * {@code earshot room} ({@link dev.earshot.spatial.room.RoomRender}: validated request, report as JSON,
 * decay plot).
 *
 * <p>Room coordinates: a corner of the room is the origin and the room occupies
 * {@code [0, Lx] x [0, Ly] x [0, Lz]} in metres; the axes are oriented like Earshot's listener frame
 * (x front, y left, z up), so a receiver with yaw 0 faces +x and a receiver with yaw +90 deg faces +y
 * (yaw is positive to the left, like azimuth). Directions of arrival are reported in the receiver's
 * frame in Earshot's convention.
 *
 * <p>Amplitudes: a free-field point source of unit strength gives the pressure {@code 1/(4 pi r)} at
 * distance {@code r}, as in pyroomacoustics; the speed of sound is 343 m/s unless set otherwise.
 */
package dev.earshot.spatial.room;
