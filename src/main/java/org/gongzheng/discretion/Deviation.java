package org.gongzheng.discretion;

/**
 * One way a proposed penalty leaves the range of its grade.
 *
 * @param field the proposal field concerned
 * @param messageCode explains the deviation; resolved with {@code arguments}
 * @param omission whether a component the standard makes mandatory was left out (needs a lawful
 * reason rather than a deviation reason)
 */
public record Deviation(String field, String messageCode, Object[] arguments, boolean omission) {
}
