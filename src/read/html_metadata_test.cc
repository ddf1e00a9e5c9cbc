#include "read/html_metadata.h"

#include <gtest/gtest.h>
