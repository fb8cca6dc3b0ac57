package org.gongzheng.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time spent so far by this JVM and by the embedded PostgreSQL server (the postmaster's
 * children, read from /proc), so a benchmark can say where its wall time went.
 */
final class Cpu {

	private static final double TICK_NANOS = 1e9 / 100; // USER_HZ is 100 on Linux

	private final long postmasterPid;

	private Cpu(long postmasterPid) {
		this.postmasterPid = postmasterPid;
	}

	/** For the server whose data folder is {@code dataDirectory}; 0 when unknown (not Linux). */
	static Cpu of(Path dataDirectory) {
		try {
			return new Cpu(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip()));
		}
		catch (IOException | RuntimeException ex) {
			return new Cpu(0);
		}
	}

	long jvmNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * CPU time of this JVM's just-in-time compiler threads, from /proc/self/task; 0 when unknown. On
	 * two cores a compiler still busy after the warm-up takes CPU from the chain and the server alike.
	 */
	long compilerNanos() {
		long ticks = 0;
		try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
			for (Path task : tasks.toList()) {
				try {
					String stat = Files.readString(task.resolve("stat"));
					if (stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).contains("CompilerThre")) {
						String[] fields = fields(stat);
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended while we looked
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks * TICK_NANOS);
	}

	long postgresNanos() {
		if (postmasterPid == 0) {
			return 0;
		}
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
				try {
					String stat = Files.readString(process.resolve("stat"));
					String[] fields = fields(stat);
					long pid = Long.parseLong(process.getFileName().toString());
					if (pid == postmasterPid) {
						// its own time and that of children that already ended
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
								+ Long.parseLong(fields[14]);
					}
					else if (Long.parseLong(fields[1]) == postmasterPid) {
						ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					}
				}
				catch (IOException | RuntimeException ex) {
					// the process ended while we looked
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return (long) (ticks * TICK_NANOS);
	}

	/** The fields of a /proc stat line after the command (in parentheses): state, ppid, … utime (11), stime (12). */
	private static String[] fields(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}
}
