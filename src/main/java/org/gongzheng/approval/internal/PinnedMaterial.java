package org.gongzheng.approval.internal;

/** A material as it was submitted for one round of a request, with its content hash at that moment. */
public record PinnedMaterial(long id, String title, String contentHash) {
}
