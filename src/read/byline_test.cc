#include "read/byline.h"

#include <gtest/gtest.h>
