/**
 * Organization: the unit tree (bureau, sub-bureau or traffic brigade, station or squadron, team),
 * officers with their law-enforcement qualification, accounts and roles, sign-in, and the data
 * scope that decides whose cases an officer may see.
 */
@ApplicationModule(displayName = "Organization")
package org.gongzheng.organization;

import org.springframework.modulith.ApplicationModule;
