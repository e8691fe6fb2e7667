package dev.estsdk.examples.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How {@code est numbers assign} shows its progress: a live bar (me.tongfei:progressbar) in a
 * terminal, plain lines ({@code   assigned 16/50, 0 failed}) when the output is a file or a pipe.
 */
interface BulkProgress extends AutoCloseable {

    /**
     * Reports numbers done.
     *
     * @param done how many numbers are done so far
     * @param failed how many of them failed
     */
    void update(int done, int failed);

    /** Ends the display (the bar's last state stays on screen). */
    @Override
    void close();

    /**
     * @param out where to draw
     * @param terminal whether {@code out} is a terminal
     * @param total how many numbers there are
     * @param width the bar's width in columns, or 0 to ask the terminal
     */
    static BulkProgress of(PrintStream out, boolean terminal, String task, int total, int width) {
        return terminal ? new Bar(out, task, total, width) : new Lines(out, task, total);
    }

    /** The live bar, redrawn in place. */
    final class Bar implements BulkProgress {
        private final ProgressBar bar;

        Bar(PrintStream out, String task, int total, int width) {
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK).setUnit(" numbers", 1).showSpeed()
                    .setConsumer(new ConsoleProgressBarConsumer(out, width)).setUpdateIntervalMillis(200).build();
        }

        @Override
        public void update(int done, int failed) {
            bar.stepTo(done);
            bar.setExtraMessage(failed == 0 ? "" : failed + " failed");
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line per update, for logs and pipes. */
    final class Lines implements BulkProgress {
        private final PrintStream out;
        private final String task;
        private final int total;

        Lines(PrintStream out, String task, int total) {
            this.out = out;
            this.task = task;
            this.total = total;
        }

        @Override
        public void update(int done, int failed) {
            out.println("  " + task + " " + done + "/" + total + ", " + failed + " failed");
            out.flush();
        }

        @Override
        public void close() {
            // every update was its own line
        }
    }
}
