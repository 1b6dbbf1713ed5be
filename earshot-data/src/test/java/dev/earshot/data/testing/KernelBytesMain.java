package dev.earshot.data.testing;

import dev.earshot.audio.dsp.fft.ComplexFft;
import dev.earshot.data.job.DatasetJob;
import dev.earshot.data.job.Datasets;
import dev.earshot.data.job.JobSpec;
import dev.earshot.data.job.ProgressListener;
import dev.earshot.data.scene.ReceiverPlacement;
import dev.earshot.data.spatialize.ReceiverKind;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Child-process entry point of the kernel-independence test: writes small datasets (Spatial-AST binaural
 * and DISSE FOA, from a tone bank) into a folder with whichever FFT kernels this JVM uses, and prints
 * {@code vector=true|false} on its last line.
 */
public final class KernelBytesMain {
    private KernelBytesMain() {
    }

    /**
     * @param args the output folder
     * @throws IOException if writing fails
     * @throws InterruptedException if interrupted while waiting for the vector kernels
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path out = Path.of(args[0]);
        // wait for the vector kernels (if this JVM has them) so the whole job runs on them, not on the
        // plain-Java kernels they would otherwise take over from part-way through
        ComplexFft.awaitVectorKernels(120_000);
        ToneBank bank = ToneBank.write(out.resolve("bank"), 3, 1, 0.3, 16000);
        JobSpec binaural = TestJobs.spec(77, 4, 2, ReceiverKind.BINAURAL, 32000, ReceiverPlacement.RANDOM, 2);
        new DatasetJob(bank, binaural, Datasets.format("spatial-ast"), out.resolve("spatial-ast"))
                .run(ProgressListener.NONE);
        JobSpec foa = TestJobs.spec(78, 2, 2, ReceiverKind.DISSE_FOA, 16000, ReceiverPlacement.ROOM_CENTRE, 2);
        new DatasetJob(bank, foa, Datasets.format("disse"), out.resolve("disse")).run(ProgressListener.NONE);
        System.out.println("vector=" + new ComplexFft(1024).isVectorised());
    }
}
