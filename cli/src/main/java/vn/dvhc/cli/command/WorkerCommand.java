package vn.dvhc.cli.command;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvhc.cli.run.CliContext;
import vn.dvhc.error.DvhcException;
import vn.dvhc.error.ErrorCode;
import vn.dvhc.infra.BatchInfraConfig;
import vn.dvhc.infra.Database;
import vn.dvhc.remap.PartitionRequests;
import vn.dvhc.remap.RemapRemoteWorker;

/**
 * {@code dvhc worker}: runs remap partitions sent by a manager ({@code dvhc remap --broker …}). It runs no job of
 * its own: each partition is a step execution of the manager's job, in the shared job repository.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        header = "Run remap partitions sent through a message broker by 'dvhc remap --broker'.",
        description = {
                "Connects to the broker and to the shared database (--db, PostgreSQL), takes partitions from the queue "
                        + PartitionRequests.QUEUE + " one at a time per consumer and runs them (reading the input and "
                        + "writing the temporary parts where the manager said: the workers need the same paths).",
                "A worker killed mid-partition gives the partition back to the broker: another worker, or this one "
                        + "started again, resumes it from its last commit. Stop a worker with Ctrl-C or SIGTERM."},
        footerHeading = "%nExamples:%n",
        footer = {"  PGPASSWORD=… dvhc --db jdbc:postgresql://db/dvhc --db-user dvhc \\",
                "      --db-password-env PGPASSWORD worker --broker tcp://broker:61616 \\",
                "      --consumers 2",
                "  dvhc worker --broker tcp://localhost:61616 --exit-when-idle 30"})
public final class WorkerCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--broker", required = true, paramLabel = "<url>",
            description = "The Apache Artemis broker, e.g. tcp://broker:61616.")
    String broker;

    @Option(names = "--consumers", paramLabel = "<n>", defaultValue = "1",
            description = "Partitions run at the same time (one per core is a good start). Default: ${DEFAULT-VALUE}.")
    int consumers;

    @Option(names = "--exit-when-idle", paramLabel = "<seconds>",
            description = "Stop after this many seconds without a partition (for scripts). Default: run until stopped.")
    Integer exitWhenIdle;

    private final CliContext cli;

    public WorkerCommand(CliContext cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (consumers < 1 || consumers > 64) {
            throw new DvhcException(ErrorCode.USAGE, "--consumers must be between 1 and 64", null, null);
        }
        Database database = cli.database();
        PartitionRequests.connectionFactory(broker);
        CountDownLatch stop = new CountDownLatch(1);
        ScheduledExecutorService idleWatch = Executors.newSingleThreadScheduledExecutor();
        try (AnnotationConfigApplicationContext context = BatchInfraConfig.newContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("worker",
                    Map.of("dvhc.broker", broker, "dvhc.consumers", consumers)));
            context.registerBean(Database.class, () -> database, definition -> definition.setDestroyMethodName(""));
            context.register(BatchInfraConfig.class, RemapRemoteWorker.class);
            context.refresh();
            RemapRemoteWorker.Activity activity = context.getBean(RemapRemoteWorker.Activity.class);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "dvhc-worker-stop"));
            if (exitWhenIdle != null) {
                long limit = TimeUnit.SECONDS.toNanos(exitWhenIdle);
                idleWatch.scheduleAtFixedRate(() -> {
                    if (activity.idleNanos() > limit) {
                        stop.countDown();
                    }
                }, 1, 1, TimeUnit.SECONDS);
            }
            cli.err().println("dvhc worker: taking partitions from " + broker + " (queue " + PartitionRequests.QUEUE
                    + ", " + consumers + " consumer" + (consumers == 1 ? "" : "s") + ", database "
                    + database.settings().maskedUrl() + ")");
            cli.err().flush();
            stop.await();
        } finally {
            idleWatch.shutdownNow();
        }
        cli.err().println("dvhc worker: stopped");
        return 0;
    }
}
