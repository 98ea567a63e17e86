/** HTTP adapter for the citizen's situation: periods in, and a look-up by CPR number in the request body. */
package dk.samtaleregister.borger.web;
