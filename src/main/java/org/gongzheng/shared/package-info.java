/**
 * Shared kernel: value types every module needs (identity numbers, errors, audit events), the
 * embedded database, and the web conventions (locale, problem details, formatting). It owns no
 * tables and holds no business rules of its own.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel")
package org.gongzheng.shared;

import org.springframework.modulith.ApplicationModule;
