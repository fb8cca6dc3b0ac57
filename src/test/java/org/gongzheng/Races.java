package org.gongzheng;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.shared.error.DomainException;

/** Runs tasks at the same moment on threads of their own, for tests of concurrent changes. */
public final class Races {

	private Races() {
	}

	/** Each task's result, or the domain exception it was refused with, in the order given. */
	@SafeVarargs
	public static List<Object> race(Callable<Object>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<Object> task : tasks) {
			futures.add(pool.submit(() -> {
				start.await();
				try {
					return task.call();
				}
				catch (DomainException ex) {
					return ex;
				}
			}));
		}
		start.countDown();
		List<Object> results = new ArrayList<>();
		for (Future<Object> future : futures) {
			results.add(future.get());
		}
		pool.shutdown();
		return results;
	}

	/**
	 * Waits until some transaction in this database waits for a lock, which in these tests is
	 * {@code task} held up behind one the test keeps open; returns false if {@code task} finished
	 * first, as it does when nothing holds it up, or after about five seconds.
	 */
	public static boolean untilWaitingForALock(JdbcTemplate jdbc, Future<?> task) throws InterruptedException {
		for (int i = 0; i < 200 && !task.isDone(); i++) {
			Integer waiting = jdbc.queryForObject(
					"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
					Integer.class);
			if (waiting != null && waiting > 0) {
				return true;
			}
			Thread.sleep(25);
		}
		return false;
	}

	/**
	 * Waits, at most 20 seconds, until the test lets a transaction it keeps open go on: called inside
	 * that transaction, on its own thread.
	 */
	public static void holdUntil(CountDownLatch release) {
		try {
			release.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
