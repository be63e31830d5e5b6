/** placeholder until the search step lands */
