package org.gongzheng.casework.internal;

/**
 * Voids a material added by mistake; the reason is kept with it for whoever reads the file later.
 * The reason is checked by {@link Materials#checkVoidReason} after who may void and whether it is
 * voided already, so a caller is told first what no reason could change.
 */
public record MaterialVoidCommand(String reason) {
}
