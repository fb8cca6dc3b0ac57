package org.gongzheng.organization;

/**
 * The part of the unit tree whose cases a user may see, as a materialized-path prefix such as
 * {@code /1/4/}. Queries filter with {@code unit_path LIKE prefix || '%'}, which an index serves.
 */
public record DataScope(String pathPrefix) {

	public DataScope {
		if (pathPrefix == null || !pathPrefix.startsWith("/") || !pathPrefix.endsWith("/")) {
			throw new IllegalArgumentException("A scope is a unit path such as /1/4/");
		}
	}

	public boolean includes(String unitPath) {
		return unitPath != null && unitPath.startsWith(pathPrefix);
	}

	/** The city bureau a unit belongs to: the first unit on its path ({@code /bureau/sub-bureau/station/}). */
	public static long bureauOf(String unitPath) {
		return Long.parseLong(unitPath.substring(1, unitPath.indexOf('/', 1)));
	}

	/** The pattern for a SQL LIKE over unit paths; paths hold only digits and slashes. */
	public String likePattern() {
		return pathPrefix + "%";
	}
}
