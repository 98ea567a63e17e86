/** Use cases on bookings: create, change and cancel under the citizen's lock with an optimistic version check; read and history. */
package dk.samtaleregister.planlaegning.application;
