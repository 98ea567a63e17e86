/** Bookings (planlagte samtaler, BEK § 20): what a booking must contain, its status and its versions. Pure Java. */
package dk.samtaleregister.planlaegning.domain;
