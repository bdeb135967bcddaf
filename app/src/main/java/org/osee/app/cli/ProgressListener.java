package org.osee.app.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.osee.knowledge.IngestListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shows ingest progress: a progress bar on a terminal, plain log lines otherwise. */
abstract class ProgressListener implements IngestListener, AutoCloseable {
    static ProgressListener forTerminal() {
        return System.console() != null ? new Bar() : new Lines();
    }

    @Override
    public void close() {}

    /** A progress bar on standard error. */
    private static final class Bar extends ProgressListener {
        private ProgressBar bar;

        @Override
        public void started(int totalFiles) {
            bar = new ProgressBarBuilder().setTaskName("Ingesting").setInitialMax(totalFiles)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).continuousUpdate().build();
        }

        @Override
        public void fileDone(String source, Outcome outcome) {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    /** A log line every so many files, for logs and pipes. */
    private static final class Lines extends ProgressListener {
        private static final Logger LOG = LoggerFactory.getLogger("osee.ingest");
        private int total;
        private int done;

        @Override
        public void started(int totalFiles) {
            total = totalFiles;
            LOG.info("Ingesting {} files", totalFiles);
        }

        @Override
        public void fileDone(String source, Outcome outcome) {
            done++;
            if (done % 50 == 0 || done == total) {
                LOG.info("{}/{} files", done, total);
            }
        }
    }
}
