/** placeholder until the PDF step lands */
