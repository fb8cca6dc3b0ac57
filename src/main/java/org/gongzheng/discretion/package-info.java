/**
 * Discretion: the statute library (laws, articles, paragraphs with their dates), the violation
 * catalogue, discretion standards (裁量基准) per jurisdiction and version, the procedure rules, the
 * penalty recommendation and the ordinary-procedure penalty decisions on cases with their legal
 * review. Rules are data with citations; every refusal names the rule and the article behind it.
 * Other modules measure a proposed penalty through {@link org.gongzheng.discretion.Discretion}.
 */
@ApplicationModule(displayName = "Discretion")
package org.gongzheng.discretion;

import org.springframework.modulith.ApplicationModule;
